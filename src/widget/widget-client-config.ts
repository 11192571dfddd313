/** `config.json`: what the page needs to sign in and to call the API. */
export interface WidgetClientConfig {
  oauthClientId: string;
  loginBaseUrl: string;
  region: string;
  apiBaseUrl: string;
}
