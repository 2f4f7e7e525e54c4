/** Said where code loaded on demand could not be fetched (the app was updated while the page was open, or the network
 * went): only a reload fetches it again. */
export function ReloadNotice({ what }: { what: string }) {
  return (
    <p role="alert">
      {what} did not load.{' '}
      <button type="button" className="link-button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </p>
  );
}
