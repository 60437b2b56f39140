import { AppError } from "./errors";
import { maxBundleBytes, type UploadedFile } from "./services/read-import-bundle";

/** The files of a multipart upload (every `files` field), refused early when the declared size is too large. */
export async function readUploadedFiles(request: Request): Promise<UploadedFile[]> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType)) throw new AppError("unsupported_media_type", "Send the files as multipart/form-data in fields named \"files\".");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBundleBytes + 1024 * 1024) throw new AppError("payload_too_large", `The upload is larger than ${maxBundleBytes / 1024 / 1024} MB: split it into several imports.`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("bad_request", "The upload could not be read as multipart/form-data.");
  }
  const files: UploadedFile[] = [];
  for (const value of form.getAll("files")) {
    if (typeof value === "string") continue;
    files.push({ name: value.name || "upload", bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return files;
}
