/** Who a token belongs to, as Genesys says (`GET /api/v2/users/me?expand=organization`). */
export interface AgentIdentity {
  userId: string;
  name: string;
  organizationId: string;
  divisionId?: string;
  email?: string;
}
