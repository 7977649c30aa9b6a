// Array types, literals, repeat expressions, nesting and Debug output.
fn main() {
    let primes: [i32; 4] = [2, 3, 5, 7];
    let zeros = [0u8; 5];
    let grid = [[1, 2, 3], [4, 5, 6]];
    let flags = [true; 2];
    let letters = ['a', 'b'];
    let words = ["one", "two", "three"];
    let halves = [0.5, 1.5];
    println!("{:?}", primes);
    println!("{:?} {:?}", zeros, grid);
    println!("{:?} {:?} {:?} {:?}", flags, letters, words, halves);
    println!("{}", primes.len() + zeros.len() + grid.len() + grid[0].len());
}
