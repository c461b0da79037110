/** Counts the calls made to CML controllers (for the collection cycle's calls per running worker). */
export abstract class CmlCallCounter {
  /** Calls so far, every controller and operation (callers take differences to count a period). */
  abstract total(): number;
}
