/** A harvest that failed: an HTTP error, no answer, or an OAI-PMH error code. */
export class OaiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OaiError';
  }
}
