/* The site's search worker: Material's, with the site's ranking, a fix to its Chinese segmentation,
 * and each result link's ?h= (the words the opened page highlights: see highlighted()).
 * overrides/main.html names it as Material's worker (__config "search"), with Material's own worker
 * after the "#": this file imports it, so that Material's worker runs as it is, with the first message
 * (the index, sent when search opens): a page load fetches this file only.
 *
 * 1. Chinese queries.  Material's segment() cuts each run of Han characters in a query into the
 *    index's words, but never looks a word up up to the run's last character (CONTRIBUTING.md,
 *    "Material's Chinese search"): 死锁 was searched as 死*.  The listener below sees each query
 *    before Material's (listeners run in the order they were added, on the same message object) and
 *    gives each run one more character, END, a Han character in no word of the index: Material's
 *    segment() then looks up every word up to the run's real last character, and END is in none of
 *    the words it returns.  Only for a run that begins with a word of the index: segment() returns
 *    a run that does not whole, as it did.  (On a segment() without the bug, END changes nothing.)
 *
 * 2. The search's ranking, on lunr's public API only (lunr.Index#query, lunr.Query clauses), on the
 *    lunr that Material's worker exposes as self.lunr.
 *
 * Material turns every word of a query into a prefix search ("thread" -> thread*, and a Chinese
 * query into the index's words, each with *), and lunr gives a prefix match the weight of the word
 * itself.  So "a" found "args" in a title, and 线程 the pages titled 线程池 or 线程安全 before the
 * pages about threads.  Here, before lunr runs a query:
 *
 * - a word matched exactly weighs EXACT, a longer word it begins PREFIX (much less);
 * - stop words (lunr's English list, lunr-languages' Chinese list, and the question words below)
 *   are dropped, unless the query has nothing else;
 * - a reader's word that the pages do not use also searches for the pages' words (SYNONYMS), at
 *   SYNONYM of its weight;
 * - a result's score is multiplied by the share of the query's words it contains, to the power
 *   COVERAGE: lunr adds up each word's weight, so one rare word in a title outweighed a section
 *   that has every word of a pasted error message;
 * - and by 1 + PHRASE for each pair of the query's words that stand next to each other (a stop
 *   word or two apart) in the result's text or title, as a share of all pairs: the section that
 *   quotes a pasted message, or a heading typed word for word, before pages that merely use its
 *   words;
 * - and by 1 + QUOTE when the result has all of them (three or more) in a row, each a stop word or
 *   two after the one before: a pasted message, quoted word for word in the section that explains
 *   it, comes before a section whose title has two of its words and whose text has the rest.
 */
(() => {
  const END = "\u3400"  /* 㐀, CJK Extension A's first character: in no word of the pages */
  let words = null  /* the index's words (lunr's inverted index), once Material has built it */
  let material = false  /* whether Material's worker is imported */
  const forms = new Map()  /* each result's ref: the forms of the query's words the ranking found in it */
  const startsWithWord = run => Array.from({ length: run.length }, (_, i) => run.slice(0, i + 1)).some(word => word in words)
  addEventListener("message", ({ data }) => {
    if (!material) {
      /* Material's bundle starts the worker as a page loads, and sends it nothing until search opens
       * (or ?h= asks for highlighting): Material's worker is imported then, with its first message.
       * Its listener, added while this message is dispatched, misses it (a worker's listeners are
       * those of when the dispatch began): the message is dispatched again, and this listener,
       * first, sees it again too, now as every other. */
      material = true
      const post = self.postMessage
      self.postMessage = message => post.call(self, highlighted(message))  /* Material's, which it calls */
      importScripts(location.hash.slice(1))
      const build = self.lunr.Builder.prototype.build
      self.lunr.Builder.prototype.build = function () {
        const index = build.call(this)
        words = index.invertedIndex
        return index
      }
      ranking(self.lunr, forms)
      dispatchEvent(new MessageEvent("message", { data }))
    } else if (data && data.type === 2 && words)  /* a query (Material's SearchMessageType.QUERY) */
      data.data = data.data.replace(/\p{sc=Han}+/gu, run => startsWithWord(run) ? run + END : run)
  })
  /* Material's results: each page's sections, and the page, whose link opens it with ?h=, the words
   * it matched, to highlight.  Material counts only the words typed, and only where a word of the
   * index begins with one: a result found by a synonym (kill: terminate) or by a stem (terminate:
   * the index's termin) had none.  Each gets the forms that the ranking found in it.  The page's
   * link opens all of it: it gets the words its sections matched too (a page that only its sections
   * matched was listed with no words, terms {}, its link with an empty ?h=). */
  function highlighted(message) {
    if (message && message.type === 3) {  /* Material's SearchMessageType.RESULT */
      for (const group of message.data.items) {
        for (const doc of group)
          for (const form of forms.get(doc.location) || [])
            doc.terms[form] = true
        const page = group.find(doc => !doc.location.includes("#"))
        if (page)
          for (const doc of group)
            for (const [term, found] of Object.entries(doc.terms))
              if (found)
                page.terms[term] = true
      }
      forms.clear()  /* filled by this search's queries: Material's, and its suggestions' */
    }
    return message
  }
})();
function ranking(lunr, forms = new Map()) {
  if (!lunr || !lunr.Index || !lunr.Query)
    return
  const EXACT = 1
  const PREFIX = 0.01
  const SYNONYM = 0.6
  const COVERAGE = 2
  const PHRASE = 8
  const NEAR = 4
  const QUOTE = 4
  /* Question words and particles readers type; lunr's lists hold single characters and English */
  const STOP = new Set([
    "如何", "怎样", "怎么", "怎么样", "为什么", "为何", "什么", "是否", "是不是", "能否", "可以",
    "能", "吗", "呢", "啊", "哪个", "哪些", "一个", "的", "了", "在", "python", "py",
    "use", "using", "way", "want", "need", "python3"
  ])
  /* reader's word: the pages' words (in both editions: a Chinese reader types English names too) */
  const SYNONYMS = {
    kill: ["stop", "terminate"],
    killed: ["dies", "terminated"],
    end: ["stop"],
    finish: ["done", "join"],
    zombie: ["zombie", "join"],
    slower: ["slow", "faster"],
    slow: ["faster"],
    grows: ["growing", "leak"],
    leak: ["growing", "leaked"],
    keyboard: ["ctrl", "keyboardinterrupt"],
    interrupt: ["ctrl", "keyboardinterrupt"],
    hang: ["hangs"],
    hangs: ["hang"],
    stuck: ["hang", "hangs"],
    freeze: ["hang", "hangs"],
    return: ["result", "results"],
    multiple: ["several"],
    need: ["required"],
    mac: ["macos"],
    shown: ["vanish", "lost"],
    every: ["periodic", "repeating"],
    multiprocessing: ["processes"],
    queuehandler: ["queue", "handler"],
    queuelistener: ["queue", "listener"],
    gil: ["全局解释器锁"],
    /* the index cuts camelCase names into words (mkdocs.yml's separator: ThreadPoolExecutor is
     * thread pool executor), NumPy too (num py); readers type it whole */
    numpy: ["num"],
    杀死: ["停止", "终止"],
    杀掉: ["停止", "终止"],
    结束: ["停止"],
    退出: ["停止"],
    子线程: ["线程", "工作线程"],
    封存: ["序列化", "pickle"],
    解封: ["反序列化", "序列化", "pickle"],
    嵌套: ["嵌套", "局部"],
    卡住: ["挂起"],
    卡死: ["挂起"],
    变慢: ["慢"],
    返回: ["返回值"],
    每隔: ["周期"],
    变快: ["加速", "更快"],
    局部: ["线程局部数据"]
  }

  const { OPTIONAL } = lunr.Query.presence
  const filters = [lunr.stopWordFilter, lunr.zh && lunr.zh.stopWordFilter].filter(Boolean)
  const isStopWord = term => STOP.has(term) || filters.some(filter => !filter(term))

  /* A run of Chinese that is not a word of the index, cut into the index's words, longest first.
   * (Material's own cut gives up on a query whose first character is no word: 是线程安全的吗.) */
  function words(term, index) {
    if (term in index || !/\p{sc=Han}/u.test(term))
      return [term]
    const found = []
    for (let i = 0; i < term.length;) {
      let j = term.length
      while (j > i + 1 && !(term.slice(i, j) in index))
        j--
      if (term.slice(i, j) in index)
        found.push(term.slice(i, j))
      i = j
    }
    return found.length ? found : [term]
  }

  function reweighted(clauses, index, asked) {
    const result = []
    for (const clause of clauses) {
      /* lunr's query parser leaves Material's wildcard in the term ("thread*", Chinese "进程**") */
      const term = clause.term.replace(/\*+$/, "")
      if (term === clause.term || !term || term.includes("*")) {
        result.push(clause)
        continue
      }
      for (const word of words(term, index)) {
        if (clause.presence === OPTIONAL && (isStopWord(word) || /^['‘’]+$/.test(word)))
          continue  /* a stop word, or the quotes around '__main__' */
        asked.push([word, ...SYNONYMS[word] || []])
        result.push({ ...clause, term: word, usePipeline: true, boost: clause.boost * EXACT })
        result.push({ ...clause, term: `${word}*`, usePipeline: false, boost: clause.boost * PREFIX })
        for (const synonym of SYNONYMS[word] || [])
          if (synonym !== word)
            result.push({
              ...clause, term: synonym, usePipeline: true, presence: OPTIONAL,
              boost: clause.boost * EXACT * SYNONYM
            })
      }
    }
    return result.length ? result : clauses
  }

  /* The positions (Material's tokenizer: block << 20 | token index) of each of the query's words, in
   * any of its forms (the word or a synonym: its stem, or a longer word it begins); the forms found
   * are added to `matched` (the words that the result's link asks its page to highlight) */
  function positions(index, asked, metadata, matched) {
    return asked.map(group => {
      const found = new Set()
      for (const form of group) {
        const stems = index.pipeline.runString(form)
        for (const [term, fields] of Object.entries(metadata))
          if (stems.includes(term) || term.startsWith(form)) {
            matched.add(form)
            for (const field of Object.values(fields))
              for (const position of field.position || [])
                found.add(position)
          }
      }
      return found
    })
  }

  /* Whether the result has the query's words in a row: a position of each, close after the one before */
  function quoted(found) {
    let ends = found[0]
    for (const next of found.slice(1)) {
      ends = new Set([...next].filter(q => [...Array(NEAR).keys()].some(d => ends.has(q - d - 1))))
      if (!ends.size)
        return false
    }
    return true
  }

  /* The share of the query's words a result has, and of its neighbouring words that stand close */
  function score(index, asked, metadata, matched) {
    if (!asked.length)
      return 1
    const found = positions(index, asked, metadata, matched)
    const coverage = found.filter(set => set.size).length / asked.length
    let near = 0
    for (let i = 0; i + 1 < found.length; i++)
      if ([...found[i]].some(p => [...Array(NEAR).keys()].some(d => found[i + 1].has(p + d + 1))))
        near++
    const phrase = found.length > 1 ? near / (found.length - 1) : 0
    return coverage ** COVERAGE * (1 + PHRASE * phrase) * (found.length > 2 && quoted(found) ? 1 + QUOTE : 1)
  }

  const query = lunr.Index.prototype.query
  lunr.Index.prototype.query = function (fn) {
    const index = this
    const asked = []
    const results = query.call(this, q => {
      fn(q)
      q.clauses = reweighted(q.clauses, index.invertedIndex, asked)
    })
    for (const result of results) {
      if (!forms.has(result.ref))
        forms.set(result.ref, new Set())
      result.score *= score(index, asked, result.matchData.metadata, forms.get(result.ref))
    }
    return results.sort((a, b) => b.score - a.score)
  }
}
