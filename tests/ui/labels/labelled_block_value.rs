//@ mode: run
// A labelled block gives a value either by `break 'label value` or by its tail.
fn classify(n: i32) -> &'static str {
    let kind = 'decide: {
        if n < 0 {
            break 'decide "negative";
        }
        if n == 0 {
            break 'decide "zero";
        }
        "positive"
    };
    kind
}

fn main() {
    for n in -1..2 {
        println!("{n}: {}", classify(n));
    }
}
