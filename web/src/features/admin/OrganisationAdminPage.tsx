export function OrganisationAdminPage() { return null; }
