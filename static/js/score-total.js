// The score sheet's weighted total as the judge types, computed as the server does
// (contests/scoring.py): 100 × Σ weight·(score / highest) / Σ weight, two decimals at most.
(() => {
  const form = document.getElementById("score-form");
  const output = document.getElementById("score-total");
  if (!form || !output) return;
  const inputs = Array.from(form.querySelectorAll("input[data-weight]"));
  const show = () => {
    let weights = 0;
    let points = 0;
    for (const input of inputs) {
      const weight = Number(input.dataset.weight);
      const scale = Number(input.dataset.scale);
      const value = input.value.trim() === "" ? NaN : Number(input.value);
      if (Number.isNaN(value) || value < 0 || value > scale) {
        output.textContent = "–";
        return;
      }
      weights += weight;
      points += (weight * value) / scale;
    }
    output.textContent = String(Math.round((10000 * points) / weights) / 100);
  };
  form.addEventListener("input", show);
})();
