/** The package version, written into TMX headers and `--version`. Keep equal to package.json (a test checks). */
export const VERSION = '0.1.0';
