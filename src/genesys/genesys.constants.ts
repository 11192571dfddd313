/** Injection token of the shared SDK `ApiClientClass` instance. */
export const GENESYS_API_CLIENT = Symbol('GENESYS_API_CLIENT');
