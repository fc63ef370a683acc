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
  attribution:
    "Copyright © Pfizer Inc. All rights reserved. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
  shareAlike: false,
  source: "https://www.phqscreeners.com/",
};

/** @internal The Kessler scales (K10, K6). */
export const KESSLER: InstrumentLicence = {
  commercialUse: true,
  attribution:
    "Use of the K6 and K10 is free and does not require any formal permission or approval. We do ask that you please cite the below article and include the copyright when using these scales. (Harvard Medical School, National Comorbidity Survey; the article: Kessler et al., Arch Gen Psychiatry 2003;60:184–9.)",
  shareAlike: false,
  source: "https://www.hcp.med.harvard.edu/ncs/k6_scales.php",
};
