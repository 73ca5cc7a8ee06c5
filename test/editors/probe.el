;;; probe.el --- run by test/editors/installed.test.ts after the user's init (a recipe of the docs)
;; Opens the draft, lets eglot connect, waits for the diagnostics eglot receives, hovers a
;; citation and writes what Emacs saw as JSON to $UNRES_OUT.
(require 'json)
(let ((result (list)) (diagnostics nil) (out (getenv "UNRES_OUT")))
  (advice-add 'eglot-handle-notification :before
              (lambda (_server method &rest params)
                ;; Only the draft's: the server also publishes for other files (a catalog named in
                ;; the settings that does not exist gets its catalog/invalid), in no fixed order.
                (when (and (eq method 'textDocument/publishDiagnostics)
                           (string-suffix-p "draft.unres" (plist-get params :uri)))
                  (setq diagnostics (append (plist-get params :diagnostics) nil)))))
  (condition-case err
      (progn
        (find-file (getenv "UNRES_FILE"))
        (push (cons 'mode (symbol-name major-mode)) result)
        ;; eglot-ensure connects from post-command-hook, after the command that opened the file.
        (run-hooks 'post-command-hook)
        (with-timeout (30 (error "eglot did not connect"))
          (while (not (eglot-current-server)) (accept-process-output nil 0.1)))
        (push (cons 'server (format "%S" (process-command (jsonrpc--process (eglot-current-server))))) result)
        (with-timeout (30 (error "no diagnostics"))
          (while (null diagnostics) (accept-process-output nil 0.1)))
        (push (cons 'diagnostics
                    (vconcat (mapcar (lambda (d) (list (cons 'code (plist-get d :code))
                                                       (cons 'line (plist-get (plist-get (plist-get d :range) :start) :line))))
                                     diagnostics)))
              result)
        (goto-char (point-min))
        (search-forward "73/27")
        (backward-char 2)
        (let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                      (eglot--TextDocumentPositionParams))))
          (push (cons 'hover (plist-get hover :contents)) result)))
    (error (push (cons 'error (error-message-string err)) result)))
  (with-temp-file out (insert (json-encode result)))
  (kill-emacs 0))
