//@ mode: run
// Precision truncates strings; floats round; signs and zero padding combine.
fn main() {
    let word = "abcdefgh";
    println!("[{:.3}] [{:>6.2}] [{:-<7.4}]", word, word, word);
    println!("[{:08.3}] [{:+.2}] [{:+e}]", -3.14159, 2.0, 1234.5);
    println!("[{:.0}] [{:.0}] [{:.0}] [{:.1}]", 0.5, 1.5, 2.5, 0.25);
    println!("[{:10.3e}] [{:<12?}] [{:^+9}]", 98765.4321, 1.0, 42);
    let pi: f32 = 3.1415927;
    println!("[{}] [{:?}] [{:.10}]", pi, pi, pi);
}
