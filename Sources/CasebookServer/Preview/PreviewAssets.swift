import CasebookKit

/// The two files the preview serves under `/__casebook/` besides its event stream.
enum PreviewAssets {
    /// Listens to the build events and reloads the page when a build other than `servedBuild`, the one
    /// served when the page loaded its script, is announced. `EventSource` reconnects by itself after a
    /// dropped connection; after a refused one it is closed for good, so the script opens a new one.
    static func reloadScript(servedBuild: String) -> String {
        """
        // Casebook preview: reloads this page when the server has finished a newer build.
        (function () {
          "use strict";
          var loaded = \(Escaping.jsonString(servedBuild));
          function connect() {
            var source = new EventSource("/__casebook/events");
            source.addEventListener("build", function (event) {
              if (event.data !== loaded) { location.reload(); }
            });
            source.addEventListener("error", function () {
              if (source.readyState === EventSource.CLOSED) { setTimeout(connect, 1000); }
            });
          }
          connect();
        })();

        """
    }

    /// The error overlay's style, kept apart from the site's own stylesheet.
    static let overlayStylesheet = """
        #casebook-overlay {
          position: sticky; top: 0; z-index: 2147483647; box-sizing: border-box;
          max-height: 60vh; overflow: auto; margin: 0; padding: 1rem 1.25rem;
          background: #fff3f3; color: #4a0010; border-bottom: 4px solid #b00020;
          font: 15px/1.45 system-ui, sans-serif; text-align: left;
        }
        #casebook-overlay h2 { margin: 0 0 0.5rem; font-size: 1.05rem; color: inherit; }
        #casebook-overlay ol { margin: 0; padding-left: 1.5rem; }
        #casebook-overlay li { margin: 0.25rem 0; }
        #casebook-overlay code {
          font: 13px/1.5 ui-monospace, "SF Mono", Menlo, Consolas, monospace;
          white-space: pre-wrap; overflow-wrap: anywhere; color: inherit; background: none;
        }
        #casebook-overlay p { margin: 0.5rem 0 0; }

        """
}
