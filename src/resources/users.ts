import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  AdjustUserBillingCreditBalanceResponse,
  CreateUserTotpResponse,
  DeleteBackupCodeResponse,
  DeletedObject,
  GetOauthAccessTokenItem,
  GetUserBillingCreditBalanceResponse,
  GetUserBillingSubscriptionResponse,
  TrustedDevice as TrustedDeviceData,
  User as UserData,
  VerifyPasswordResponse,
  VerifyTotpResponse,
  Passkey as PasskeyData,
  Web3Wallet as Web3WalletData,
  ExternalAccountWithVerification as ExternalAccountData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Group, Handle, callable, locateById, locateUnder, type Callable, type OperationParams } from './base.js';
import { EmailAddress } from './email-addresses.js';
import { PhoneNumber } from './phone-numbers.js';
import { OrganizationMembership } from './organizations/memberships.js';
import { OrganizationInvitation } from './organizations/invitations.js';

// ---------------------------------------------------------------------------------------------
// clerk.users

/**
 * `clerk.users`: list, create, count and bulk operations; `clerk.users(id)` for one user.
 *
 * @example
 * ```ts
 * for await (const user of clerk.users.list({ orderBy: '-created_at' })) console.log(user.id);
 * const ada = await clerk.users.create({ emailAddress: ['ada@example.com'] });
 * await clerk.users(ada.id).ban();
 * ```
 */
export class UsersCollection extends Collection<UserHandle> {
  static override readonly fluentPath = 'clerk.users';

  protected $handle(userId: string): UserHandle {
    return this.$nested(UserHandle, { user_id: userId });
  }

  /** Lists users (`GET /users`). Iterating pages with the `starting_after` cursor when the ordering allows it, so users created or deleted meanwhile are neither skipped nor repeated. */
  list(params?: OperationParams<'GetUserList'>, options?: ListOptions): ListRequest<User> {
    return this.$list('list', User, ops.GetUserList, params, options);
  }

  /** Creates a user (`POST /users`). */
  create(params: OperationParams<'CreateUser'>, options?: RequestOptions): Promise<User> {
    return this.$record('create', User, ops.CreateUser, params, options);
  }

  /** Retrieves a user (`GET /users/{user_id}`); the same as `clerk.users(userId).get()`. */
  get(userId: string, options?: RequestOptions): Promise<User> {
    return this.$handle(userId).get(options);
  }

  /** Counts the users matching the filters (`GET /users/count`). */
  async count(params?: OperationParams<'GetUsersCount'>, options?: RequestOptions): Promise<number> {
    const data = await this.$call('count', ops.GetUsersCount, params, options);
    return data.totalCount;
  }

  /** Bans several users at once (`POST /users/ban`). */
  async bulkBan(params: OperationParams<'UsersBan'>, options?: RequestOptions): Promise<User[]> {
    return this.$records('bulkBan', User, ops.UsersBan, params, options);
  }

  /** Lifts the ban of several users at once (`POST /users/unban`). */
  async bulkUnban(params: OperationParams<'UsersUnban'>, options?: RequestOptions): Promise<User[]> {
    return this.$records('bulkUnban', User, ops.UsersUnban, params, options);
  }
}

// ---------------------------------------------------------------------------------------------
// clerk.users(id)

/** The methods of one user, shared by the handle `clerk.users(id)` and the `User` record. */
export class UserMethods extends Handle {
  static override readonly fluentPath = 'clerk.users(…)';

  /** Retrieves the user (`GET /users/{user_id}`). */
  get(options?: RequestOptions): Promise<User> {
    return this.$record('get', User, ops.GetUser, undefined, options);
  }

  /** Updates the user (`PATCH /users/{user_id}`). On a record, the record refreshes itself. */
  update(params: OperationParams<'UpdateUser'>, options?: RequestOptions): Promise<User> {
    return this.$record('update', User, ops.UpdateUser, params, options);
  }

  /** Deletes the user (`DELETE /users/{user_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteUser, undefined, options);
  }

  /** Bans the user: every session is revoked and sign-in refused (`POST /users/{user_id}/ban`). */
  ban(options?: RequestOptions): Promise<User> {
    return this.$record('ban', User, ops.BanUser, undefined, options);
  }

  /** Lifts the ban (`POST /users/{user_id}/unban`). */
  unban(options?: RequestOptions): Promise<User> {
    return this.$record('unban', User, ops.UnbanUser, undefined, options);
  }

  /** Locks the user out of sign-in (`POST /users/{user_id}/lock`). */
  lock(options?: RequestOptions): Promise<User> {
    return this.$record('lock', User, ops.LockUser, undefined, options);
  }

  /** Lifts a lockout (`POST /users/{user_id}/unlock`). */
  unlock(options?: RequestOptions): Promise<User> {
    return this.$record('unlock', User, ops.UnlockUser, undefined, options);
  }

  /**
   * Sets the profile image (`POST /users/{user_id}/profile_image`, multipart).
   * @example
   * ```ts
   * await clerk.users(id).setProfileImage({ file: new Blob([bytes], { type: 'image/png' }) });
   * ```
   */
  setProfileImage(params: OperationParams<'SetUserProfileImage'>, options?: RequestOptions): Promise<User> {
    return this.$record('setProfileImage', User, ops.SetUserProfileImage, params, options);
  }

  /** Removes the profile image (`DELETE /users/{user_id}/profile_image`). */
  deleteProfileImage(options?: RequestOptions): Promise<User> {
    return this.$record('deleteProfileImage', User, ops.DeleteUserProfileImage, undefined, options);
  }

  /**
   * Merges metadata into the user's (`PATCH /users/{user_id}/metadata`): keys given are set, a
   * key set to `null` is removed, others are kept. Metadata keys are sent as written.
   */
  updateMetadata(params: OperationParams<'UpdateUserMetadata'>, options?: RequestOptions): Promise<User> {
    return this.$record('updateMetadata', User, ops.UpdateUserMetadata, params, options);
  }

  /** Replaces the user's metadata objects given, whole (`PUT /users/{user_id}/metadata`). */
  replaceMetadata(params: OperationParams<'ReplaceUserMetadata'>, options?: RequestOptions): Promise<User> {
    return this.$record('replaceMetadata', User, ops.ReplaceUserMetadata, params, options);
  }

  /** The user's billing subscription (`GET /users/{user_id}/billing/subscription`). */
  getBillingSubscription(options?: RequestOptions): Promise<GetUserBillingSubscriptionResponse> {
    return this.$call('getBillingSubscription', ops.GetUserBillingSubscription, undefined, options);
  }

  /** The user's billing credit balance (`GET /users/{user_id}/billing/credits`). */
  getBillingCreditBalance(options?: RequestOptions): Promise<GetUserBillingCreditBalanceResponse> {
    return this.$call('getBillingCreditBalance', ops.GetUserBillingCreditBalance, undefined, options);
  }

  /** Adds to or takes from the user's billing credits (`POST /users/{user_id}/billing/credits`). */
  adjustBillingCreditBalance(
    params: OperationParams<'AdjustUserBillingCreditBalance'>,
    options?: RequestOptions,
  ): Promise<AdjustUserBillingCreditBalanceResponse> {
    return this.$call('adjustBillingCreditBalance', ops.AdjustUserBillingCreditBalance, params, options);
  }

  /**
   * The OAuth access tokens of the user for one provider, such as `oauth_google`
   * (`GET /users/{user_id}/oauth_access_tokens/{provider}`).
   */
  getOauthAccessToken(
    provider: string,
    params?: OperationParams<'GetOAuthAccessToken'>,
    options?: ListOptions,
  ): ListRequest<GetOauthAccessTokenItem> {
    return this.$listData('getOauthAccessToken', ops.GetOAuthAccessToken, params, options, { provider });
  }

  /** @deprecated Renamed {@link UserMethods.getOauthAccessToken} (acronyms are words in every name). */
  getOAuthAccessToken(
    provider: string,
    params?: OperationParams<'GetOAuthAccessToken'>,
    options?: ListOptions,
  ): ListRequest<GetOauthAccessTokenItem> {
    return this.getOauthAccessToken(provider, params, options);
  }

  /** The organization invitations sent to the user (`GET /users/{user_id}/organization_invitations`). */
  get organizationInvitations(): UserOrganizationInvitations {
    return this.$nested(UserOrganizationInvitations);
  }

  /** Removes the user's password (`POST /users/{user_id}/remove_password`). */
  removePassword(params?: OperationParams<'RemoveUserPassword'>, options?: RequestOptions): Promise<User> {
    return this.$record('removePassword', User, ops.RemoveUserPassword, params, options);
  }

  /** Checks a password against the user's (`POST /users/{user_id}/verify_password`). */
  verifyPassword(params: OperationParams<'VerifyPassword'>, options?: RequestOptions): Promise<VerifyPasswordResponse> {
    return this.$call('verifyPassword', ops.VerifyPassword, params, options);
  }

  /** Checks a TOTP or backup code (`POST /users/{user_id}/verify_totp`). */
  verifyTotp(params: OperationParams<'VerifyTOTP'>, options?: RequestOptions): Promise<VerifyTotpResponse> {
    return this.$call('verifyTotp', ops.VerifyTOTP, params, options);
  }

  /** Turns off every second factor of the user (`DELETE /users/{user_id}/mfa`). */
  disableMfa(options?: RequestOptions): Promise<DeleteBackupCodeResponse> {
    return this.$call('disableMfa', ops.DisableMFA, undefined, options);
  }

  /** Deletes the user's backup codes (`DELETE /users/{user_id}/backup_code`). */
  deleteBackupCodes(options?: RequestOptions): Promise<DeleteBackupCodeResponse> {
    return this.$call('deleteBackupCodes', ops.DeleteBackupCode, undefined, options);
  }

  /** Deletes the user's TOTP authenticators (`DELETE /users/{user_id}/totp`). */
  deleteTotp(options?: RequestOptions): Promise<DeleteBackupCodeResponse> {
    return this.$call('deleteTotp', ops.DeleteTOTP, undefined, options);
  }

  /** @deprecated Renamed {@link UserMethods.deleteTotp} (acronyms are words in every name). */
  deleteTOTP(options?: RequestOptions): Promise<DeleteBackupCodeResponse> {
    return this.deleteTotp(options);
  }

  /**
   * Creates a TOTP authenticator for the user (`POST /users/{user_id}/totp`).
   * @deprecated Only the seed gem lists this endpoint; no Clerk spec describes it, and TOTP
   * enrolment belongs to the user's own sign-in flow. Kept so code ported from the gem runs.
   */
  createTotp(options?: RequestOptions): Promise<CreateUserTotpResponse> {
    return this.$call('createTotp', ops.CreateUserTOTP, undefined, options);
  }

  /** The user's trusted devices: `.list()`, and `(deviceId).revoke()`. */
  get trustedDevices(): Callable<UserTrustedDevicesCollection, UserTrustedDeviceHandle> {
    return callable(this.$nested(UserTrustedDevicesCollection));
  }

  /**
   * Replaces the user's primary email address with a new one (`PUT /users/{user_id}/email_address`).
   * The spec files it under `emailAddresses.replaceForUser`; it is reached from the user it changes.
   */
  replaceEmailAddress(params: OperationParams<'ReplaceUserEmailAddress'>, options?: RequestOptions): Promise<EmailAddress> {
    return this.$record('replaceEmailAddress', EmailAddress, ops.ReplaceUserEmailAddress, params, options);
  }

  /**
   * Replaces the user's primary phone number with a new one (`PUT /users/{user_id}/phone_number`).
   * The spec files it under `phoneNumbers.replaceForUser`; it is reached from the user it changes.
   */
  replacePhoneNumber(params: OperationParams<'ReplaceUserPhoneNumber'>, options?: RequestOptions): Promise<PhoneNumber> {
    return this.$record('replacePhoneNumber', PhoneNumber, ops.ReplaceUserPhoneNumber, params, options);
  }

  /** Marks the user's password as compromised (`POST /users/{user_id}/password/set_compromised`). */
  setPasswordCompromised(params?: OperationParams<'SetUserPasswordCompromised'>, options?: RequestOptions): Promise<User> {
    return this.$record('setPasswordCompromised', User, ops.SetUserPasswordCompromised, params, options);
  }

  /** Clears the compromised mark (`POST /users/{user_id}/password/unset_compromised`). */
  unsetPasswordCompromised(options?: RequestOptions): Promise<User> {
    return this.$record('unsetPasswordCompromised', User, ops.UnsetUserPasswordCompromised, undefined, options);
  }
}

/**
 * `clerk.users(id)`: one user, by id, without fetching it. Besides the user's methods it reaches
 * the user's sub-collections whose names the `User` record uses for data (`organizationMemberships`,
 * `passkeys`, `web3Wallets`, `externalAccounts`).
 */
export class UserHandle extends UserMethods {
  /** The user's organization memberships (`GET /users/{user_id}/organization_memberships`). */
  get organizationMemberships(): UserOrganizationMemberships {
    return this.$nested(UserOrganizationMemberships);
  }

  /** One of the user's passkeys: `clerk.users(id).passkeys(passkeyId).delete()`. */
  passkeys(passkeyId: string): PasskeyHandle {
    return this.$nested(PasskeyHandle, { passkey_identification_id: passkeyId });
  }

  /** One of the user's web3 wallets: `clerk.users(id).web3Wallets(walletId).delete()`. */
  web3Wallets(web3WalletId: string): Web3WalletHandle {
    return this.$nested(Web3WalletHandle, { web3_wallet_identification_id: web3WalletId });
  }

  /** One of the user's external accounts: `clerk.users(id).externalAccounts(accountId).delete()`. */
  externalAccounts(externalAccountId: string): ExternalAccountHandle {
    return this.$nested(ExternalAccountHandle, { external_account_id: externalAccountId });
  }
}

/** `clerk.users(id).organizationMemberships` */
export class UserOrganizationMemberships extends Group {
  static override readonly fluentPath = 'clerk.users(…).organizationMemberships';

  /** Lists the user's memberships, each an `OrganizationMembership` record (`GET /users/{user_id}/organization_memberships`). */
  list(params?: OperationParams<'UsersGetOrganizationMemberships'>, options?: ListOptions): ListRequest<OrganizationMembership> {
    return this.$list('list', OrganizationMembership, ops.UsersGetOrganizationMemberships, params, options);
  }
}

/** `clerk.users(id).organizationInvitations` */
export class UserOrganizationInvitations extends Group {
  static override readonly fluentPath = 'clerk.users(…).organizationInvitations';

  /** Lists the organization invitations sent to the user (`GET /users/{user_id}/organization_invitations`). */
  list(params?: OperationParams<'UsersGetOrganizationInvitations'>, options?: ListOptions): ListRequest<OrganizationInvitation> {
    return this.$list('list', OrganizationInvitation, ops.UsersGetOrganizationInvitations, params, options);
  }
}

/** `clerk.users(id).trustedDevices` */
export class UserTrustedDevicesCollection extends Collection<UserTrustedDeviceHandle> {
  static override readonly fluentPath = 'clerk.users(…).trustedDevices';

  protected $handle(trustedDeviceId: string): UserTrustedDeviceHandle {
    return this.$nested(UserTrustedDeviceHandle, { trusted_device_id: trustedDeviceId });
  }

  /** Lists the user's trusted devices (`GET /users/{user_id}/trusted_devices`). */
  list(options?: ListOptions): ListRequest<TrustedDevice> {
    return this.$list('list', TrustedDevice, ops.ListUserTrustedDevices, undefined, options);
  }
}

/** `clerk.users(id).trustedDevices(deviceId)` */
export class UserTrustedDeviceHandle extends Handle {
  static override readonly fluentPath = 'clerk.users(…).trustedDevices(…)';

  /** Revokes the trusted device (`DELETE /users/{user_id}/trusted_devices/{trusted_device_id}`). */
  revoke(options?: RequestOptions): Promise<TrustedDevice> {
    return this.$record('revoke', TrustedDevice, ops.RevokeUserTrustedDevice, undefined, options);
  }
}

/** `clerk.users(id).passkeys(passkeyId)`, also the methods of a `Passkey` record. */
export class PasskeyHandle extends Handle {
  static override readonly fluentPath = 'clerk.users(…).passkeys(…)';

  /** Deletes the passkey (`DELETE /users/{user_id}/passkeys/{passkey_identification_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.UserPasskeyDelete, undefined, options);
  }
}

/** `clerk.users(id).web3Wallets(walletId)`, also the methods of a `Web3Wallet` record. */
export class Web3WalletHandle extends Handle {
  static override readonly fluentPath = 'clerk.users(…).web3Wallets(…)';

  /** Deletes the wallet (`DELETE /users/{user_id}/web3_wallets/{web3_wallet_identification_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.UserWeb3WalletDelete, undefined, options);
  }
}

/** `clerk.users(id).externalAccounts(accountId)`, also the methods of an `ExternalAccount` record. */
export class ExternalAccountHandle extends Handle {
  static override readonly fluentPath = 'clerk.users(…).externalAccounts(…)';

  /** Unlinks the external account (`DELETE /users/{user_id}/external_accounts/{external_account_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteExternalAccount, undefined, options);
  }
}

// ---------------------------------------------------------------------------------------------
// records

export interface User extends Omit<UserData, 'emailAddresses' | 'phoneNumbers' | 'passkeys' | 'web3Wallets' | 'externalAccounts' | 'organizationMemberships'> {
  emailAddresses: EmailAddress[];
  phoneNumbers: PhoneNumber[];
  passkeys: Passkey[];
  web3Wallets: Web3Wallet[];
  externalAccounts: ExternalAccount[];
  organizationMemberships?: OrganizationMembership[];
}

/**
 * A user, as a record: its fields, camelCase, and its methods. Nested objects with methods of
 * their own are records too: `user.emailAddresses[0].update(...)`, `user.passkeys[0].delete()`.
 *
 * @example
 * ```ts
 * const user = await clerk.users.get('user_123');
 * await user.ban();          // user.banned === true afterwards
 * await user.reload();
 * ```
 */
export class User extends UserMethods {
  static schema = 'User';
  static locate = locateById('user_id');
  static get nested() {
    return {
      emailAddresses: EmailAddress,
      phoneNumbers: PhoneNumber,
      passkeys: Passkey,
      web3Wallets: Web3Wallet,
      externalAccounts: ExternalAccount,
      organizationMemberships: OrganizationMembership,
    };
  }

  /** Fetches the user again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}

export interface Passkey extends PasskeyData {}
/** A passkey of a user (`user.passkeys[i]`), with `delete()`. */
export class Passkey extends PasskeyHandle {
  static schema = 'Passkey';
  static locate = locateUnder('passkey_identification_id');
}

export interface Web3Wallet extends Web3WalletData {}
/** A web3 wallet of a user (`user.web3Wallets[i]`), with `delete()`. */
export class Web3Wallet extends Web3WalletHandle {
  static schema = 'Web3Wallet';
  static locate = locateUnder('web3_wallet_identification_id');
}

export interface ExternalAccount extends ExternalAccountData {}
/** An external (OAuth) account of a user (`user.externalAccounts[i]`), with `delete()`. */
export class ExternalAccount extends ExternalAccountHandle {
  static schema = 'ExternalAccountWithVerification';
  static locate = locateUnder('external_account_id');
}

export interface TrustedDevice extends TrustedDeviceData {}
/** A trusted device of a user, with `revoke()`. */
export class TrustedDevice extends UserTrustedDeviceHandle {
  static schema = 'TrustedDevice';
  static locate = locateUnder('trusted_device_id');
}
