import { NotFoundPanel } from "@/components/shell/not-found-panel";

export default function WorkbenchNotFound() {
  return <NotFoundPanel />;
}
