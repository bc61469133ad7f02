;;; Claimcheck in Emacs with Eglot (built in since Emacs 29; on 28, M-x package-install eglot, or
;; Debian's elpa-eglot). Tested by test/editors/emacs.test.ts on Emacs 28.2, Eglot 1.9, markdown-mode 2.5.
;; Put this in ~/.emacs.d/init.el. It needs `claimcheck-language-server' on PATH: in a clone of
;; Claimcheck, `npm ci && npm install -g .'.  Markdown buffers need markdown-mode (NonGNU ELPA).
;; Eglot runs one server per buffer, so Claimcheck replaces marksman (or yaml-language-server)
;; in the modes listed here.

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '(markdown-mode . ("claimcheck-language-server" "--stdio")))
  ;; The register (claims.yaml) too, for its own diagnostics, hover and references.
  (add-to-list 'eglot-server-programs
               '((yaml-mode yaml-ts-mode) . ("claimcheck-language-server" "--stdio"))))

;; The `claimcheck' section, as in VS Code's settings (answers workspace/configuration).
;; Per project: the same plist in .dir-locals.el as ((nil . ((eglot-workspace-configuration . ...)))).
(setq-default eglot-workspace-configuration
              '(:claimcheck (:level "hint"           ; lowest severity shown
                             :locale "en"           ; hovers, code actions, code lenses: "en" or "ar"
                             :staleReviewDays 365
                             :severity (:unlinked-claim "off"))))

(add-hook 'markdown-mode-hook #'eglot-ensure)
