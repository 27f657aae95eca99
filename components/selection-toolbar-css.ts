/**
 * The selection toolbar's styles, as a string for its shadow root (WXT's build evaluates
 * content-script modules, where a `?inline` CSS import cannot be resolved).
 */
export const selectionToolbarCss = `
.toolbar {
  position: fixed;
  z-index: 2147483647;
  display: flex;
  flex-direction: column;
  gap: 6px;
  width: 280px;
  padding: 8px;
  border-radius: 8px;
  background: #fff;
  color: #1a1a1a;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  font:
    14px/1.4 system-ui,
    sans-serif;
}
textarea {
  font: inherit;
  resize: vertical;
  padding: 4px 6px;
  border: 1px solid #888;
  border-radius: 4px;
  background: inherit;
  color: inherit;
}
.actions {
  display: flex;
  align-items: center;
  gap: 8px;
}
button {
  font: inherit;
  padding: 3px 10px;
  border: 1px solid #666;
  border-radius: 4px;
  background: #f3f3f3;
  color: inherit;
  cursor: pointer;
}
button[data-action='save'] {
  background: #0b57d0;
  border-color: #0b57d0;
  color: #fff;
}
button:focus-visible,
textarea:focus-visible {
  outline: 2px solid #e69f00;
  outline-offset: 1px;
}
[role='status'].error {
  color: #b3261e;
}
.colours {
  display: flex;
  gap: 6px;
}
.swatch {
  width: 22px;
  height: 22px;
  padding: 0;
  border-radius: 50%;
}
.swatch[aria-checked='true'] {
  outline: 2px solid currentColor;
  outline-offset: 2px;
}
.swatch.yellow {
  background: rgb(240 228 66);
}
.swatch.green {
  background: rgb(0 158 115);
}
.swatch.blue {
  background: rgb(0 114 178);
}
.swatch.pink {
  background: rgb(204 121 167);
}
@media (prefers-color-scheme: dark) {
  .toolbar {
    background: #202124;
    color: #e8eaed;
  }
  button {
    background: #303134;
  }
  [role='status'].error {
    color: #f2b8b5;
  }
}
`;
