;;; emacs-diagnostics.el --- driven by test/editors/emacs.test.ts  -*- lexical-binding: t -*-
;; Emacs (Debian 12: 28.2 with elpa-eglot 1.9 and elpa-markdown-mode) loads the configuration the
;; README gives (docs/editors/emacs-eglot.el), opens one article, lets Eglot start
;; claimcheck-language-server over stdio, waits until Flymake has its diagnostics and writes them
;; as JSON. Always exits: 0 when diagnostics were written, 1 otherwise.
;;
;;   CLAIMCHECK_CONFIG     the configuration to load (docs/editors/emacs-eglot.el)
;;   CLAIMCHECK_WORKSPACE  the workspace folder (a copy of examples/, a git repository)
;;   CLAIMCHECK_ARTICLE    the article to open, relative to the workspace
;;   CLAIMCHECK_OUT        where to write the JSON
;;   CLAIMCHECK_WAIT_MS    how long to wait for diagnostics (default 8000)

(require 'json)

(defun claimcheck-test--fail (format-string &rest args)
  (princ (concat "emacs-diagnostics.el: " (apply #'format format-string args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defun claimcheck-test--position (pos)
  "POS as (line . column), both 0-based, the column in characters."
  (save-excursion
    (goto-char pos)
    (cons (1- (line-number-at-pos)) (- pos (line-beginning-position)))))

(condition-case err
    (let* ((root (or (getenv "CLAIMCHECK_WORKSPACE") (claimcheck-test--fail "CLAIMCHECK_WORKSPACE is not set")))
           (article (expand-file-name (or (getenv "CLAIMCHECK_ARTICLE") (claimcheck-test--fail "CLAIMCHECK_ARTICLE is not set")) root))
           (out (or (getenv "CLAIMCHECK_OUT") (claimcheck-test--fail "CLAIMCHECK_OUT is not set")))
           (wait (/ (string-to-number (or (getenv "CLAIMCHECK_WAIT_MS") "8000")) 1000.0))
           (deadline (+ (float-time) wait)))
      ;; Debian's ELPA packages (eglot, markdown-mode) are activated by package.el, as in an
      ;; interactive session.
      (package-initialize)
      (load (or (getenv "CLAIMCHECK_CONFIG") (claimcheck-test--fail "CLAIMCHECK_CONFIG is not set")) nil t)
      (find-file article)
      (unless (derived-mode-p 'markdown-mode) (claimcheck-test--fail "the article is in %s, not markdown-mode" major-mode))
      ;; `eglot-ensure' (added to markdown-mode-hook by the configuration) connects after the
      ;; next command; batch Emacs has no command loop, so run that hook once.
      (run-hooks 'post-command-hook)
      (while (and (not (and (eglot-current-server) (flymake-diagnostics))) (< (float-time) deadline))
        (accept-process-output nil 0.05))
      (let ((server (eglot-current-server)))
        (unless server (claimcheck-test--fail "no Eglot server for the article after %.1f s" wait))
        (unless (flymake-diagnostics) (claimcheck-test--fail "no diagnostics after %.1f s" wait))
        (let ((diagnostics
               (mapcar (lambda (d)
                         (let ((beg (claimcheck-test--position (flymake-diagnostic-beg d)))
                               (end (claimcheck-test--position (flymake-diagnostic-end d))))
                           `((line . ,(car beg)) (col . ,(cdr beg)) (end_line . ,(car end)) (end_col . ,(cdr end))
                             (type . ,(symbol-name (flymake-diagnostic-type d)))
                             (text . ,(flymake-diagnostic-text d)))))
                       (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
          (with-temp-file out
            (insert (json-encode `((server . ,(format "%s" (process-command (jsonrpc--process server))))
                                   (root . ,(expand-file-name (project-root (eglot--project server))))
                                   (diagnostics . ,(vconcat diagnostics))))))
          (eglot-shutdown server)
          (kill-emacs 0))))
  (error (claimcheck-test--fail "%s" (error-message-string err))))
