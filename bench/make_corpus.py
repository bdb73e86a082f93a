#!/usr/bin/env python3
"""Generates a benchmark corpus of news articles in one input format.

Real article text is resampled from the AllSides corpus in ../shared/data (never copied into the
repository): article i takes the paragraphs of source article (i mod n) in a rotated order and a
numbered headline, so every generated article is distinct (no duplicates short-circuit the work).

Usage: make_corpus.py FORMAT COUNT OUT_DIR [--source allsides-news.jsonl.gz]
FORMAT: text (one file each, aggregator headers), html (one page each, with boilerplate),
        warc (WARC.gz files of 1,000 gzip-member records), jsonl (files of 10,000 lines).
"""
import argparse
import gzip
import html
import json
import os


def load(source, limit=40000):
    out = []
    with gzip.open(source, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            paras = [p.strip() for p in a.get("text", "").split("\n") if p.strip()]
            if len(paras) >= 2:
                out.append((a.get("title", "Untitled"), a.get("date", ""), a.get("outlet", ""), paras))
            if len(out) >= limit:
                break
    return out


def article(src, i):
    title, date, outlet, paras = src[i % len(src)]
    k = (i // len(src)) % len(paras)
    return f"{title} ({i})", date, outlet, paras[k:] + paras[:k]


def text_doc(i, a):
    title, date, _, paras = a
    return f"{title}\nViews: {i * 7 % 9973}\n2024-01-{i % 28 + 1:02d} 10:{i % 60:02d}\n" + "\n\n".join(paras) + \
        "\n\nTags news politics world\n"


def html_doc(i, a):
    title, date, outlet, paras = a
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    nav = " ".join(f'<a href="/s{j}">Section {j}</a>' for j in range(12))
    related = "".join(f'<li><a href="/r{i}-{j}">Related story number {j} about something else</a></li>' for j in range(6))
    meta = json.dumps({"@type": "NewsArticle", "headline": title, "datePublished": date,
                       "publisher": {"name": outlet}})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | '
            f'{html.escape(outlet)}</title><meta property="og:site_name" content="{html.escape(outlet)}">'
            f'<script type="application/ld+json">{meta}</script></head><body><header><nav>{nav}</nav></header>'
            f'<div class="share">Share on Facebook Share on Twitter Email</div><main><article><h1>{html.escape(title)}'
            f'</h1><p class="byline">By Staff Writer</p>{body}</article></main><aside class="related"><h3>Related'
            f'</h3><ul>{related}</ul></aside><footer>Copyright 2024. All rights reserved. <a href="/p">Privacy'
            f'</a></footer></body></html>')


def warc_record(i, a):
    page = html_doc(i, a).encode("utf-8")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + \
        str(len(page)).encode() + b"\r\n\r\n" + page
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a/{i}\r\n"
            f"WARC-Date: 2024-01-{i % 28 + 1:02d}T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("format", choices=["text", "html", "warc", "jsonl"])
    ap.add_argument("count", type=int)
    ap.add_argument("out")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--source", default=os.path.join(here, "../../shared/data/allsides-news/allsides-news.jsonl.gz"))
    args = ap.parse_args()
    src = load(args.source)
    os.makedirs(args.out, exist_ok=True)
    if args.format in ("text", "html"):
        ext = "txt" if args.format == "text" else "html"
        make = text_doc if args.format == "text" else html_doc
        for i in range(args.count):
            d = os.path.join(args.out, f"{i // 1000:04d}")
            if i % 1000 == 0:
                os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, f"{i}.{ext}"), "w", encoding="utf-8") as f:
                f.write(make(i, article(src, i)))
    elif args.format == "warc":
        for start in range(0, args.count, 1000):
            with open(os.path.join(args.out, f"{start // 1000:04d}.warc.gz"), "wb") as f:
                for i in range(start, min(start + 1000, args.count)):
                    f.write(warc_record(i, article(src, i)))
    else:
        for start in range(0, args.count, 10000):
            with open(os.path.join(args.out, f"{start // 10000:03d}.jsonl"), "w", encoding="utf-8") as f:
                for i in range(start, min(start + 10000, args.count)):
                    title, date, outlet, paras = article(src, i)
                    f.write(json.dumps({"id": str(i), "title": title, "date": date, "outlet": outlet,
                                        "text": "\n\n".join(paras)}) + "\n")


if __name__ == "__main__":
    main()
