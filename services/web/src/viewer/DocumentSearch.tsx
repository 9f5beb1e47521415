import { useState } from 'react';
import type { Ref } from 'react';

interface Props {
  query: string;
  inputRef: Ref<HTMLInputElement>;
  onSearch: (query: string) => void;
}

/** Marks words on the page (sets ?q=). */
export function DocumentSearch({ query, inputRef, onSearch }: Props) {
  const [input, setInput] = useState(query);
  return (
    <form
      className="doc-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(input.trim());
      }}
    >
      <label htmlFor="doc-search">
        Find in document <kbd>/</kbd>
      </label>
      <input
        id="doc-search"
        ref={inputRef}
        type="search"
        autoComplete="off"
        value={input}
        onChange={(event) => setInput(event.target.value)}
        data-testid="doc-search"
      />
      <button type="submit">Find</button>
      {query ? (
        <button
          type="button"
          onClick={() => {
            setInput('');
            onSearch('');
          }}
        >
          Clear
        </button>
      ) : null}
    </form>
  );
}
