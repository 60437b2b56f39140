export interface FormState {
  error?: string;
  success?: string;
  /** Extra data for the form to show after success (e.g. the id of a created record). */
  data?: Record<string, string>;
}
