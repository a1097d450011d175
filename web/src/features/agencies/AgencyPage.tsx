export function AgencyPage() { return null; }
