declare const __CLERK_FLUENT_VERSION__: string | undefined;

/** The package version, put in by the build from package.json (`dev` when run from source). */
export const VERSION: string = typeof __CLERK_FLUENT_VERSION__ === 'string' ? __CLERK_FLUENT_VERSION__ : 'dev';
