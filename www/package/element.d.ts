// The <vn-news-extract> custom element (importing 'vn-news-extract/element' defines it).
import type { Extraction, Extractor } from './index.js';

export interface ExtractedEventDetail {
  extraction: Extraction;
  text: string;
}

export interface ExtractErrorEventDetail {
  error: Error;
}

export declare class VnNewsExtractElement extends HTMLElement {
  /** The text in the input (or the long pasted text held out of it); setting it extracts. */
  value: string;
  /** The last Extraction, or null before the first one. */
  readonly extraction: Extraction | null;
  /** Extracts from the current text and emits "extracted". */
  extract(): Promise<Extraction>;
  addEventListener<K extends keyof VnNewsExtractEventMap>(type: K, listener: (this: VnNewsExtractElement, ev: VnNewsExtractEventMap[K]) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

export interface VnNewsExtractEventMap extends HTMLElementEventMap {
  extracted: CustomEvent<ExtractedEventDetail>;
  'extract-error': CustomEvent<ExtractErrorEventDetail>;
}

/**
 * Makes every <vn-news-extract> element use this extractor (e.g. one created with custom worker
 * or wasm URLs). Not needed to share a worker: by default the elements and createExtractor() share one.
 */
export declare function setExtractor(extractor: Extractor): void;

declare global {
  interface HTMLElementTagNameMap {
    'vn-news-extract': VnNewsExtractElement;
  }
}
