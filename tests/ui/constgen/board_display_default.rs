use std::fmt;

struct Board<const N: usize> {
    marks: [[char; N]; N],
}

impl<const N: usize> Board<N> {
    fn empty() -> Self {
        Board { marks: [['.'; N]; N] }
    }

    fn place(&mut self, row: usize, col: usize, mark: char) -> bool {
        if row >= N || col >= N || self.marks[row][col] != '.' {
            return false;
        }
        self.marks[row][col] = mark;
        true
    }
}

impl<const N: usize> fmt::Display for Board<N> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.marks {
            let line: String = row.iter().collect();
            writeln!(f, "{}", line)?;
        }
        write!(f, "({}x{})", N, N)
    }
}

struct Buffer<const CAP: usize>([u8; CAP]);

impl<const CAP: usize> Default for Buffer<CAP> {
    fn default() -> Self {
        Buffer([0; CAP])
    }
}

fn main() {
    let mut b: Board<3> = Board::empty();
    b.place(1, 1, 'X');
    b.place(0, 2, 'O');
    println!("{}", b.place(1, 1, 'O'));
    println!("{}", b.place(5, 0, 'O'));
    println!("{b}");
    let buf: Buffer<4> = Buffer::default();
    println!("{:?}", buf.0);
}
