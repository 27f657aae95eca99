/** Styles of the in-page card and notice, as a string for their shadow roots. */
export const marginCardCss = `
.card, .notice {
  position: fixed;
  z-index: 2147483647;
  box-sizing: border-box;
  width: 320px;
  max-height: 60vh;
  overflow: auto;
  padding: 10px 32px 10px 12px;
  border-radius: 8px;
  background: #fff;
  color: #1a1a1a;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  font: 14px/1.4 system-ui, sans-serif;
  text-align: left;
}
.notice { right: 16px; bottom: 16px; border-left: 4px solid #d55e00; }
h2 { font-size: 16px; margin: 0 0 4px; }
h3 { font-size: 13px; margin: 8px 0 2px; }
p { margin: 4px 0; }
ul { margin: 2px 0; padding-left: 18px; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; margin: 4px 0; }
dt { font-weight: 600; }
dd { margin: 0; }
blockquote { margin: 6px 0; padding-left: 8px; border-left: 3px dotted #d55e00; }
.type { font-weight: 600; }
.changed, .message { color: #8a3b00; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 6px; }
button, select {
  font: inherit;
  padding: 2px 8px;
  border: 1px solid #666;
  border-radius: 4px;
  background: #f3f3f3;
  color: inherit;
  cursor: pointer;
}
.close { position: absolute; top: 6px; right: 6px; padding: 0 6px; }
:focus-visible { outline: 2px solid #e69f00; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card, .notice { background: #202124; color: #e8eaed; }
  button, select { background: #303134; }
  .changed, .message { color: #ffb482; }
}
`;
