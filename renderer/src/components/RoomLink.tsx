import { Link } from 'react-router-dom';

/** A room's own page (房屋档案). */
export const roomRoute = (roomId: number) => `/rooms/${roomId}`;

/** A room as any record shows it: its label, opening the room's page when the room is on the register. */
export function RoomLink({ roomId, label }: { roomId: number | null; label: string | null }) {
  if (!label) return <span className="tz-blank">—</span>;
  if (roomId === null) return <span>{label}</span>;
  return (
    <Link to={roomRoute(roomId)} data-testid="room-link">
      {label}
    </Link>
  );
}
