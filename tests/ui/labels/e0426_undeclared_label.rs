//@ mode: check
// A misspelt label: rustc suggests the similarly named one in scope.
fn main() {
    'outer: for i in 0..3 {
        if i == 1 {
            break 'outr;
        }
    }
}
