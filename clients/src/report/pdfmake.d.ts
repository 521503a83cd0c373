/**
 * The part of pdfmake 0.3's server API this module uses. DefinitelyTyped's @types/pdfmake is not used: it pulls the
 * DOM library into every compilation (/// <reference lib="dom" />), which changes Node's fetch and Buffer types.
 */
declare module 'pdfmake' {
  interface PdfMake {
    setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(documentDefinition: object): { getBuffer(): Promise<Buffer> };
  }
  const pdfmake: PdfMake;
  export = pdfmake;
}
