/** What the widget module serves and tells the page. */
export interface WidgetOptions {
  /** URL path the page is served at, e.g. `/widget`. */
  path: string;
  /** The OAuth client (implicit grant) the page signs in with. */
  oauthClientId: string;
  /** Where the page sends the agent to sign in: `https://login.<region>`, or the emulator. */
  loginBaseUrl: string;
  /** The Genesys Cloud region this service calls; the page refuses a host from another region. */
  region: string;
  /** Path of the agent tools routes on this service's origin. */
  apiPath: string;
  /** Directory of the built page (`web/dist`). */
  rootDir: string;
}

export const WIDGET_OPTIONS = Symbol('WIDGET_OPTIONS');
