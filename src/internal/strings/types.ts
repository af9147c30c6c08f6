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
  /** The display button: reading preferences (colours, spacing, font). */
  display: string;
  /** The colour group of the display panel, and its choices. */
  colours: string;
  themeDefault: string;
  themeDark: string;
  themeHighContrast: string;
  themeSepia: string;
  spacing: string;
  spacingDefault: string;
  spacingWide: string;
  font: string;
  fontSansSerif: string;
  fontSerif: string;
  /** `{choice}` is replaced by the choice, in lower case ("nền tối"). */
  readingChosen: string;
}

export type BantinLocale = 'vi' | 'en';
