// tiny-pinyin's reader without its entry module, whose patch for the ICU 56 data of old Safari and Node 4
// costs 0.3 kB of the CJK chunk and a trial reading at every load on browsers that never need it.
declare module 'tiny-pinyin/dist/core' {
  const pinyin: typeof import('tiny-pinyin');
  export default pinyin;
}
