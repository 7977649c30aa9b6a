// A Display impl that writes in several steps and ends with `Ok(())`.
use std::fmt;

struct Row {
    cells: [i32; 3],
}

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "|")?;
        for c in self.cells {
            write!(f, " {} |", c)?;
        }
        Ok(())
    }
}

fn main() {
    let r = Row { cells: [1, 20, 300] };
    println!("{}", r);
}
