// The embed demo's event log (dist/embed-demo.html): a file, not an inline script, so the page
// works under the build's Content-Security-Policy.
window.dataLayer = window.dataLayer || [];
for (const name of ["showdown:quiz-complete", "showdown:contact-submitted"]) {
  document.addEventListener(name, (e) => {
    const li = document.createElement("li");
    li.textContent = name + " " + JSON.stringify(e.detail);
    document.getElementById("events").append(li);
  });
}
