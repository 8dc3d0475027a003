export function Options() {
  return <main>Dealmark settings</main>;
}
