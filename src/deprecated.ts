/**
 * Public names renamed by the naming rule (acronyms are words: `RedirectUrl`, `JwtTemplate`,
 * `OauthApplication`, `M2mToken`, `ScimDirectory`), still exported under their former names so that
 * code written against them keeps working. Each is deprecated and is the same class or type as its
 * new name (`instanceof`, `new`, `extends` and type positions all work). Renamed methods keep their
 * former names beside the new ones, in their classes.
 */
import { RedirectUrlHandle, RedirectUrl } from './resources/redirect-urls.js';
import { JwtTemplatesCollection, JwtTemplateHandle, JwtTemplate } from './resources/jwt-templates.js';
import { OauthApplicationsCollection, OauthApplicationHandle, OauthApplication } from './resources/oauth-applications.js';
import { OauthAccessTokens } from './resources/oauth-access-tokens.js';
import { SamlConnectionsCollection, SamlConnectionHandle, SamlConnection } from './resources/saml-connections.js';
import { M2mTokensCollection, M2mTokenHandle, M2mToken } from './resources/m2m-tokens.js';
import { ScimDirectoriesCollection, ScimDirectoryHandle, ScimDirectory, ScimGroupRoleMappingsCollection, ScimGroupRoleMappingHandle, ScimGroupRoleMapping } from './resources/scim-directories.js';
import type { OauthApplicationWithSecret } from './resources/oauth-applications.js';
import type { M2mTokenAuth, OauthTokenAuth } from './tokens/machine.js';

/** @deprecated Renamed {@link RedirectUrlHandle} (acronyms are words in every name). */
export const RedirectURLHandle = RedirectUrlHandle;
/** @deprecated Renamed {@link RedirectUrlHandle} (acronyms are words in every name). */
export type RedirectURLHandle = RedirectUrlHandle;
/** @deprecated Renamed {@link RedirectUrl} (acronyms are words in every name). */
export const RedirectURL = RedirectUrl;
/** @deprecated Renamed {@link RedirectUrl} (acronyms are words in every name). */
export type RedirectURL = RedirectUrl;
/** @deprecated Renamed {@link JwtTemplatesCollection} (acronyms are words in every name). */
export const JWTTemplatesCollection = JwtTemplatesCollection;
/** @deprecated Renamed {@link JwtTemplatesCollection} (acronyms are words in every name). */
export type JWTTemplatesCollection = JwtTemplatesCollection;
/** @deprecated Renamed {@link JwtTemplateHandle} (acronyms are words in every name). */
export const JWTTemplateHandle = JwtTemplateHandle;
/** @deprecated Renamed {@link JwtTemplateHandle} (acronyms are words in every name). */
export type JWTTemplateHandle = JwtTemplateHandle;
/** @deprecated Renamed {@link JwtTemplate} (acronyms are words in every name). */
export const JWTTemplate = JwtTemplate;
/** @deprecated Renamed {@link JwtTemplate} (acronyms are words in every name). */
export type JWTTemplate = JwtTemplate;
/** @deprecated Renamed {@link OauthApplicationsCollection} (acronyms are words in every name). */
export const OAuthApplicationsCollection = OauthApplicationsCollection;
/** @deprecated Renamed {@link OauthApplicationsCollection} (acronyms are words in every name). */
export type OAuthApplicationsCollection = OauthApplicationsCollection;
/** @deprecated Renamed {@link OauthApplicationHandle} (acronyms are words in every name). */
export const OAuthApplicationHandle = OauthApplicationHandle;
/** @deprecated Renamed {@link OauthApplicationHandle} (acronyms are words in every name). */
export type OAuthApplicationHandle = OauthApplicationHandle;
/** @deprecated Renamed {@link OauthApplication} (acronyms are words in every name). */
export const OAuthApplication = OauthApplication;
/** @deprecated Renamed {@link OauthApplication} (acronyms are words in every name). */
export type OAuthApplication = OauthApplication;
/** @deprecated Renamed {@link OauthAccessTokens} (acronyms are words in every name). */
export const OAuthAccessTokens = OauthAccessTokens;
/** @deprecated Renamed {@link OauthAccessTokens} (acronyms are words in every name). */
export type OAuthAccessTokens = OauthAccessTokens;
/** @deprecated Renamed {@link SamlConnectionsCollection} (acronyms are words in every name). */
export const SAMLConnectionsCollection = SamlConnectionsCollection;
/** @deprecated Renamed {@link SamlConnectionsCollection} (acronyms are words in every name). */
export type SAMLConnectionsCollection = SamlConnectionsCollection;
/** @deprecated Renamed {@link SamlConnectionHandle} (acronyms are words in every name). */
export const SAMLConnectionHandle = SamlConnectionHandle;
/** @deprecated Renamed {@link SamlConnectionHandle} (acronyms are words in every name). */
export type SAMLConnectionHandle = SamlConnectionHandle;
/** @deprecated Renamed {@link SamlConnection} (acronyms are words in every name). */
export const SAMLConnection = SamlConnection;
/** @deprecated Renamed {@link SamlConnection} (acronyms are words in every name). */
export type SAMLConnection = SamlConnection;
/** @deprecated Renamed {@link M2mTokensCollection} (acronyms are words in every name). */
export const M2MTokensCollection = M2mTokensCollection;
/** @deprecated Renamed {@link M2mTokensCollection} (acronyms are words in every name). */
export type M2MTokensCollection = M2mTokensCollection;
/** @deprecated Renamed {@link M2mTokenHandle} (acronyms are words in every name). */
export const M2MTokenHandle = M2mTokenHandle;
/** @deprecated Renamed {@link M2mTokenHandle} (acronyms are words in every name). */
export type M2MTokenHandle = M2mTokenHandle;
/** @deprecated Renamed {@link M2mToken} (acronyms are words in every name). */
export const M2MToken = M2mToken;
/** @deprecated Renamed {@link M2mToken} (acronyms are words in every name). */
export type M2MToken = M2mToken;
/** @deprecated Renamed {@link ScimDirectoriesCollection} (acronyms are words in every name). */
export const SCIMDirectoriesCollection = ScimDirectoriesCollection;
/** @deprecated Renamed {@link ScimDirectoriesCollection} (acronyms are words in every name). */
export type SCIMDirectoriesCollection = ScimDirectoriesCollection;
/** @deprecated Renamed {@link ScimDirectoryHandle} (acronyms are words in every name). */
export const SCIMDirectoryHandle = ScimDirectoryHandle;
/** @deprecated Renamed {@link ScimDirectoryHandle} (acronyms are words in every name). */
export type SCIMDirectoryHandle = ScimDirectoryHandle;
/** @deprecated Renamed {@link ScimDirectory} (acronyms are words in every name). */
export const SCIMDirectory = ScimDirectory;
/** @deprecated Renamed {@link ScimDirectory} (acronyms are words in every name). */
export type SCIMDirectory = ScimDirectory;
/** @deprecated Renamed {@link ScimGroupRoleMappingsCollection} (acronyms are words in every name). */
export const SCIMGroupRoleMappingsCollection = ScimGroupRoleMappingsCollection;
/** @deprecated Renamed {@link ScimGroupRoleMappingsCollection} (acronyms are words in every name). */
export type SCIMGroupRoleMappingsCollection = ScimGroupRoleMappingsCollection;
/** @deprecated Renamed {@link ScimGroupRoleMappingHandle} (acronyms are words in every name). */
export const SCIMGroupRoleMappingHandle = ScimGroupRoleMappingHandle;
/** @deprecated Renamed {@link ScimGroupRoleMappingHandle} (acronyms are words in every name). */
export type SCIMGroupRoleMappingHandle = ScimGroupRoleMappingHandle;
/** @deprecated Renamed {@link ScimGroupRoleMapping} (acronyms are words in every name). */
export const SCIMGroupRoleMapping = ScimGroupRoleMapping;
/** @deprecated Renamed {@link ScimGroupRoleMapping} (acronyms are words in every name). */
export type SCIMGroupRoleMapping = ScimGroupRoleMapping;
/** @deprecated Renamed {@link OauthApplicationWithSecret} (acronyms are words in every name). */
export type OAuthApplicationWithSecret = OauthApplicationWithSecret;
/** @deprecated Renamed {@link M2mTokenAuth} (acronyms are words in every name). */
export type M2MTokenAuth = M2mTokenAuth;
/** @deprecated Renamed {@link OauthTokenAuth} (acronyms are words in every name). */
export type OAuthTokenAuth = OauthTokenAuth;
