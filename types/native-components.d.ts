/** Native weapp components rendered from JSX (see src/components); the weapp build only. */
declare global {
  namespace JSX {
    interface IntrinsicElements {
      'status-badge': { status: string; since?: string };
    }
  }
}

export {};
