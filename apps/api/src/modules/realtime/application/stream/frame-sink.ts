/** Where a client's frames go: the HTTP response, seen through what backpressure needs. */
export interface FrameSink {
  /** Queues `chunk` for the client; false when the transport's buffer is full (wait for drain). */
  write(chunk: string): boolean;
  onDrain(listener: () => void): void;
  /** The client went away, or the response ended. */
  onClose(listener: () => void): void;
  /** Ends the response once what is buffered has been sent. */
  end(): void;
  /** Drops the connection now, buffered data and all. */
  destroy(): void;
  /** Still accepts writes. */
  readonly writable: boolean;
}
