"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { Field, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { claimKindLabel } from "@/components/claims/claim-labels";

export interface QueueFilterValues {
  view: string;
  sort: string;
  article: string;
  speaker: string;
  kind: string;
  minScore: string;
  olderThan: string;
  assignee: string;
}

export interface QueueFiltersProps {
  values: QueueFilterValues;
  articles: { id: string; title: string }[];
  speakers: { id: string; name: string }[];
  members: { id: string; name: string }[];
  showAssignee: boolean;
  showSort: boolean;
  clearHref: string;
}

const scoreSteps = ["25", "50", "70", "90"];
const cell = "min-w-0 sm:min-w-36 sm:flex-1";
const ageSteps = ["1", "3", "7", "14", "30"];

/**
 * A GET form, so a filtered queue is a URL to bookmark or share. With JavaScript each change applies at
 * once (client navigation, empty fields left out of the URL).
 */
export function QueueFilters(props: QueueFiltersProps) {
  const router = useRouter();
  // Controlled, and reset when the URL brings other values (a tab, "Clear filters", back/forward).
  const [values, setValues] = useState(props.values);
  const [fromProps, setFromProps] = useState(props.values);
  if (!sameValues(fromProps, props.values)) {
    setFromProps(props.values);
    setValues(props.values);
  }
  const navigate = (next: QueueFilterValues) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next) as [keyof QueueFilterValues, string][]) {
      if (value === "" || (key === "view" && value === "unassigned") || (key === "sort" && value === "score")) continue;
      if (key === "assignee" && !props.showAssignee) continue;
      params.set(key, value);
    }
    const search = params.toString();
    router.push(search ? `/queue?${search}` : "/queue");
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(values);
  };
  const bind = (key: keyof QueueFilterValues) => ({
    name: key,
    value: values[key],
    onChange: (event: ChangeEvent<HTMLSelectElement>) => {
      const next = { ...values, [key]: event.target.value };
      setValues(next);
      navigate(next);
    },
  });
  const withCurrent = (options: string[], current: string) =>
    current && !options.includes(current) ? [...options, current].sort((a, b) => Number(a) - Number(b)) : options;

  return (
    <form method="get" action="/queue" onSubmit={onSubmit} aria-label="Filter the queue">
      <input type="hidden" name="view" value={values.view} />
      <div className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap">
        <div className="col-span-2 min-w-0 sm:min-w-64 sm:flex-[2]">
          <Field label="Article" htmlFor="queue-article">
            <Select id="queue-article" {...bind("article")}>
              <option value="">Any article</option>
              {props.articles.map((article) => (
                <option key={article.id} value={article.id}>
                  {article.title}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={cell}>
          <Field label="Speaker" htmlFor="queue-speaker">
            <Select id="queue-speaker" {...bind("speaker")}>
              <option value="">Any</option>
              {props.speakers.map((speaker) => (
                <option key={speaker.id} value={speaker.id}>
                  {speaker.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={cell}>
          <Field label="Kind" htmlFor="queue-kind">
            <Select id="queue-kind" {...bind("kind")}>
              <option value="">Any</option>
              {Object.entries(claimKindLabel).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={cell}>
          <Field label="Check-worthiness" htmlFor="queue-min-score">
            <Select id="queue-min-score" {...bind("minScore")}>
              <option value="">Any</option>
              {withCurrent(scoreSteps, values.minScore).map((step) => (
                <option key={step} value={step}>
                  {step} or more
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={cell}>
          <Field label="Waiting" htmlFor="queue-older-than">
            <Select id="queue-older-than" {...bind("olderThan")}>
              <option value="">Any time</option>
              {withCurrent(ageSteps, values.olderThan).map((days) => (
                <option key={days} value={days}>
                  Over {days} day{days === "1" ? "" : "s"}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {props.showAssignee ? (
          <div className={cell}>
            <Field label="Assignee" htmlFor="queue-assignee">
              <Select id="queue-assignee" {...bind("assignee")}>
                <option value="">Anyone</option>
                {props.members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        ) : null}
        {props.showSort ? (
          <div className={cell}>
            <Field label="Sort" htmlFor="queue-sort">
              <Select id="queue-sort" {...bind("sort")}>
                <option value="score">Most check-worthy</option>
                <option value="age">Waiting longest</option>
              </Select>
            </Field>
          </div>
        ) : null}
      </div>
      <div className="mt-3 flex items-center gap-3">
        <Button type="submit" size="sm" variant="secondary">
          Apply
        </Button>
        <Link href={props.clearHref} className="text-sm font-medium text-accent-700 hover:underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

function sameValues(a: QueueFilterValues, b: QueueFilterValues): boolean {
  return (Object.keys(a) as (keyof QueueFilterValues)[]).every((key) => a[key] === b[key]);
}
