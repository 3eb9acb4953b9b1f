// Validates every object of the given YAML files against the Kubernetes API schemas of kubernetes-models (required
// fields, types, formats), offline. Prints one line per object; exits 1 when any object is invalid or of a kind the
// models do not know. Usage: node check.mjs file.yaml...
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let failed = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length > 0) {
      console.log(`INVALID ${file}: ${document.errors[0].message}`);
      failed++;
      continue;
    }
    const object = document.toJS();
    if (object === null) {
      continue;
    }
    const name = `${file} ${object.kind}/${object.metadata?.name}`;
    try {
      // kubernetes-models/<apiVersion>/<Kind>: v1/Service, apps/v1/Deployment, autoscaling/v2/HorizontalPodAutoscaler …
      const module = await import(`kubernetes-models/${object.apiVersion}/${object.kind}`);
      new module[object.kind](object).validate();
      console.log(`valid ${name}`);
    } catch (error) {
      console.log(`INVALID ${name}: ${String(error.message).split("\n")[0]}`);
      failed++;
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
