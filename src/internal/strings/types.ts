/** Every string a bantin element shows or announces. */
export interface BantinStrings {
  textSize: string;
  decrease: string;
  reset: string;
  increase: string;
  /** `{size}` is replaced by the formatted percentage. */
  sizeAnnouncement: string;
  atMinimum: string;
  atMaximum: string;
  /** Announced when the page kept its text size although the reader asked for another. */
  sizeUnchanged: string;
  toolbar: string;
  published: string;
  print: string;
  share: string;
  linkCopied: string;
  linkNotCopied: string;
  imageUnavailable: string;
  credit: string;
  enlarge: string;
  close: string;
  /** Names a CMS table's scrolling region when the table has no caption; its header cells follow. */
  table: string;
  /** The listen button: reads the article aloud. */
  listen: string;
  listenPause: string;
  listenResume: string;
  listenStop: string;
  listenPrevious: string;
  listenNext: string;
  /** `{rate}` is replaced by the formatted speed, e.g. "1,25×". */
  listenRate: string;
  listenReading: string;
  listenPaused: string;
  listenStopped: string;
  listenFinished: string;
  listenFailed: string;
}

export type BantinLocale = 'vi' | 'en';
