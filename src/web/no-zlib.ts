/**
 * Node's zlib for the browser page, which has none: the .xlsx reader hands SheetJS Node's inflate when it
 * can; this stand-in has no `_processChunk`, so SheetJS keeps its own JavaScript inflate in the page.
 */
export class InflateRaw {
  bytesWritten = 0;
}
