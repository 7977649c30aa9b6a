//@ mode: check
// The error names the unsafe function by its name; the edition-2024 lint by its path.
mod cells {
    pub unsafe fn peek(v: &[u8]) -> u8 {
        v[0]
    }

    pub fn safe_peek(v: &[u8]) -> u8 {
        peek(v)
    }

    pub unsafe fn peek_twice(v: &[u8]) -> u8 {
        peek(v) + peek(v)
    }
}

fn main() {
    let bytes = [3, 4];
    println!("{}", cells::safe_peek(&bytes));
    println!("{}", unsafe { cells::peek_twice(&bytes) });
}
