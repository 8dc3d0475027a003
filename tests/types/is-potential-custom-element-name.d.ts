// The package ships no types; the content script aliases it away, the tests compare with it.
declare module 'is-potential-custom-element-name' {
  const isPotentialCustomElementName: (name: string) => boolean;
  export default isPotentialCustomElementName;
}
