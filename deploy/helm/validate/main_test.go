package main

import (
	"io"
	"strings"
	"testing"
)

// A small valid set: a Deployment, its Service, an Ingress, a PDB and a ServiceMonitor.
const deployment = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: app, labels: {app: web}}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: app
          image: example/app:1
          ports: [{name: http, containerPort: 8030}, {name: metrics, containerPort: 9464}]
          env: [{name: A, value: "1"}]
          readinessProbe: {httpGet: {path: /ready, port: http}}
          volumeMounts: [{name: tmp, mountPath: /tmp}]
          resources: {requests: {memory: 256Mi}, limits: {memory: 512Mi}}
      volumes: [{name: tmp, emptyDir: {}}]
`

const service = `
apiVersion: v1
kind: Service
metadata: {name: app, labels: {app: web}}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}, {name: metrics, port: 9464, targetPort: metrics}]
`

const ingress = `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: app}
spec:
  rules:
    - host: app.example.com
      http:
        paths: [{path: /, pathType: Prefix, backend: {service: {name: app, port: {name: http}}}}]
`

const pdb = `
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: app}
spec:
  maxUnavailable: 1
  selector: {matchLabels: {app: web}}
`

const monitor = `
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: app}
spec:
  selector: {matchLabels: {app: web}}
  namespaceSelector: {matchNames: [apps]}
  endpoints: [{port: metrics, path: /metrics}]
`

func run(t *testing.T, docs ...string) []string {
	t.Helper()
	var stream strings.Builder
	for _, d := range docs {
		stream.WriteString("---\n" + d)
	}
	parsed, err := splitDocuments(strings.NewReader(stream.String()))
	if err != nil {
		t.Fatal(err)
	}
	return Validate(parsed, "apps", io.Discard)
}

func TestAValidSetPasses(t *testing.T) {
	if problems := run(t, deployment, service, ingress, pdb, monitor); len(problems) > 0 {
		t.Fatalf("expected no problems, got %q", problems)
	}
}

func TestRefusals(t *testing.T) {
	cases := []struct {
		name string
		docs []string
		want string
	}{
		{"a misspelt field", []string{strings.Replace(deployment, "containerPort: 8030", "containerport: 8030", 1)}, `unknown field "spec.template.spec.containers[0].ports[0].containerport"`},
		{"a field at the wrong level", []string{strings.Replace(deployment, "replicas: 2", "replicas: 2\n  preStop: {}", 1)}, `unknown field "spec.preStop"`},
		{"a duplicate key", []string{strings.Replace(deployment, "replicas: 2", "replicas: 2\n  replicas: 3", 1)}, `key "replicas" already set`},
		{"a value of the wrong type", []string{strings.Replace(deployment, "replicas: 2", "replicas: two", 1)}, "cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32"},
		{"a kind the validator does not know", []string{"apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\n"}, `no kind "Job" is registered`},
		{"a selector that misses the pod labels", []string{strings.Replace(deployment, "selector: {matchLabels: {app: web}}", "selector: {matchLabels: {app: api}}", 1)}, "does not match spec.template.metadata.labels"},
		{"a probe on an undeclared port", []string{strings.Replace(deployment, "port: http}}", "port: web}}", 1)}, `readinessProbe uses port "web"`},
		{"an env var set twice", []string{strings.Replace(deployment, `env: [{name: A, value: "1"}]`, `env: [{name: A, value: "1"}, {name: A, value: "2"}]`, 1)}, `env "A" set twice`},
		{"a mount of no volume", []string{strings.Replace(deployment, "volumes: [{name: tmp, emptyDir: {}}]", "volumes: []", 1)}, `volumeMount "tmp" names no volume`},
		{"a request above its limit", []string{strings.Replace(deployment, "requests: {memory: 256Mi}", "requests: {memory: 1Gi}", 1)}, "memory request 1Gi is above its limit 512Mi"},
		{"a port name too long", []string{strings.ReplaceAll(deployment, "name: metrics,", "name: prometheus-metrics,")}, `port name "prometheus-metrics"`},
		{"an invalid object name", []string{strings.Replace(deployment, "name: app,", "name: App_1,", 1)}, "name a lowercase RFC 1123 subdomain"},
		{"a Service targeting an undeclared port", []string{deployment, strings.Replace(service, "targetPort: metrics", "targetPort: prom", 1)}, `targets "prom"`},
		{"a Service selecting nothing", []string{deployment, strings.Replace(service, "selector: {app: web}", "selector: {app: api}", 1)}, "selects no pod"},
		{"an Ingress to a missing Service", []string{deployment, ingress}, `Service "app" is not rendered`},
		{"an Ingress to a missing port", []string{deployment, service, strings.Replace(ingress, "name: http}", "name: https}", 1)}, "has no port https"},
		{"a PDB selecting nothing", []string{deployment, strings.Replace(pdb, "{app: web}", "{app: api}", 1)}, "selects no pod"},
		{"a PDB with both bounds", []string{deployment, strings.Replace(pdb, "maxUnavailable: 1", "maxUnavailable: 1\n  minAvailable: 1", 1)}, "exactly one of"},
		{"a ServiceMonitor on a missing port", []string{deployment, service, strings.Replace(monitor, "port: metrics", "port: prometheus", 1)}, `port "prometheus": not a port of Service app`},
		{"a ServiceMonitor in another namespace", []string{deployment, service, strings.Replace(monitor, "matchNames: [apps]", "matchNames: [monitoring]", 1)}, "selects no rendered Service"},
		{"a ServiceMonitor with an unknown field", []string{deployment, service, strings.Replace(monitor, "path: /metrics", "metricsPath: /metrics", 1)}, `unknown field "spec.endpoints[0].metricsPath"`},
		{"the same object twice", []string{deployment, deployment}, "rendered twice"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			problems := run(t, c.docs...)
			joined := strings.Join(problems, "\n")
			if !strings.Contains(joined, c.want) {
				t.Fatalf("expected a problem containing %q, got:\n%s", c.want, joined)
			}
		})
	}
}
