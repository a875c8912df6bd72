/** Zero-padded serials, so synthetic ids sort in creation order (syn-partner-000042). */
export const pad = (n: number) => String(n).padStart(6, '0');
