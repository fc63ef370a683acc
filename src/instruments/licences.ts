/**
 * The licence terms that several instruments share, written once.
 *
 * @internal
 * @module
 */
import type { InstrumentLicence } from "./define.js";

/** @internal The PHQ and GAD-7 family (PHQ-9, PHQ-8, PHQ-2, GAD-7, GAD-2). */
export const PFIZER: InstrumentLicence = {
  commercialUse: true,
  attribution: "No permission required to reproduce, translate, display or distribute (© Pfizer Inc.).",
  shareAlike: false,
  source: "https://www.phqscreeners.com/",
};

/** @internal The Kessler scales (K10, K6). */
export const KESSLER: InstrumentLicence = {
  commercialUse: true,
  attribution: "Use of the K6 and K10 is free (Harvard Medical School, National Comorbidity Survey); cite Kessler et al. and keep the copyright line.",
  shareAlike: false,
  source: "https://www.hcp.med.harvard.edu/ncs/k6_scales.php",
};
