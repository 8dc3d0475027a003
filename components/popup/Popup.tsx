export function Popup() {
  return <main>Dealmark</main>;
}
