// web-ext ships no types; the suite uses only `cmd.lint`.
declare module 'web-ext' {
  interface LintResult {
    errors?: { code: string; message: string; file?: string }[];
    warnings?: { code: string; message: string; file?: string }[];
  }
  const webExt: {
    cmd: {
      lint(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<LintResult>;
    };
  };
  export default webExt;
}
